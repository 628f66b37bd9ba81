import { escapeHtml } from '../../mail/mail-templates.js';

export const esc = escapeHtml;

/**
 * One stylesheet for every signing page, inline (the CSP allows inline styles, not scripts; these pages
 * need no script). Colours keep at least 4.5:1 contrast on white; focus is always visible.
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;background:#fff}
a{color:#1d4f91}a:visited{color:#4c2c92}
a:focus,button:focus,input:focus,select:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fd0;padding:.5rem}
header{background:#0b0c0c;color:#fff;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}header p{margin:0;font-weight:bold}
header nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}header nav a{color:#fff}header nav a:visited{color:#fff}header nav button{font-size:1rem;padding:.3rem .7rem;background:#fff;color:#0b0c0c;box-shadow:none}
.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
textarea{width:100%;max-width:32rem;font-size:1.1875rem;padding:.35rem;border:2px solid #0b0c0c;min-height:8rem;font-family:inherit}
textarea:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{text-align:left;border-bottom:1px solid #b1b4b6;padding:.5rem .5rem .5rem 0;vertical-align:top}
.listing{border:1px solid #b1b4b6;padding:1rem;margin-bottom:2rem}
footer{border-top:1px solid #b1b4b6;padding:1.5rem 1rem 2rem;max-width:44rem;margin:0 auto;font-size:1rem;color:#0b0c0c}footer h2{font-size:1.1875rem;margin:0 0 .5rem}
main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}h2{font-size:1.5rem;margin:2rem 0 1rem}
fieldset{border:0;padding:0;margin:0 0 2rem}legend{font-size:1.5rem;font-weight:bold;margin-bottom:1rem}
.field{margin-bottom:1.5rem}.field.error{border-left:5px solid #b10e1e;padding-left:.9rem}
label{display:block;font-weight:bold;margin-bottom:.25rem}
.hint{color:#484949;margin:0 0 .35rem}
.error-message{color:#b10e1e;font-weight:bold;margin:0 0 .35rem}
input[type=text],input[type=email],input[type=url],select{width:100%;max-width:32rem;font-size:1.1875rem;padding:.35rem;border:2px solid #0b0c0c;border-radius:0;background:#fff;color:#0b0c0c}
.error input,.error select{border-color:#b10e1e}
.check{display:flex;gap:.6rem;align-items:flex-start;margin-bottom:.6rem}.check input{width:1.5rem;height:1.5rem;margin:.15rem 0 0;flex:none}
.check label{font-weight:normal;margin:0}
button{font-size:1.1875rem;font-weight:bold;color:#fff;background:#00703c;border:0;box-shadow:0 2px 0 #002d18;padding:.6rem 1.1rem;cursor:pointer}
button.warning{background:#b10e1e;box-shadow:0 2px 0 #55070e}
.error-summary{border:5px solid #b10e1e;padding:1rem;margin-bottom:2rem}.error-summary h2{margin-top:0}
.error-summary a{color:#b10e1e;font-weight:bold}
.pledge-text{border-left:5px solid #b1b4b6;padding:.25rem 0 .25rem 1rem;margin:0 0 1rem}
.meta{color:#484949;font-size:1rem;word-break:break-all}
.panel{background:#00703c;color:#fff;padding:1.5rem;margin-bottom:2rem}.panel h1{margin:0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
dl{display:grid;grid-template-columns:minmax(9rem,14rem) 1fr;gap:.5rem 1rem}dt{font-weight:bold}dd{margin:0;word-break:break-word}
@media print{header,.no-print{display:none}main{max-width:none;padding:0}body{font-size:11pt}}
`;

/** Where the privacy notice goes; the HTTP app fills it in from configuration (privacy-notice.ts). */
export const PRIVACY_PLACEHOLDER = '<!--privacy-notice-->';

/**
 * A complete page. `errorCode`: the stable code of an error page, also given to machines in the markup.
 * `nav`: markup after the service name in the header (the partner portal's navigation).
 */
export function page(title: string, main: string, errorCode?: string, nav = ''): string {
  const code = errorCode ? ` data-error-code="${esc(errorCode)}"` : '';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${esc(title)} – Partnerships</title><style>${STYLE}</style></head>` +
    `<body><a class="skip" href="#main">Skip to main content</a><header><p>Partnerships</p>${nav}</header>` +
    `<main id="main"${code}>${main}</main>${PRIVACY_PLACEHOLDER}</body></html>`
  );
}

/** The pledge text as paragraphs and list items, escaped. */
export function pledgeTextHtml(body: string): string {
  return body
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => /^(- |\d+\. )/.test(l))) {
        const tag = lines[0].startsWith('- ') ? 'ul' : 'ol';
        return `<${tag}>${lines.map((l) => `<li>${esc(l.replace(/^(- |\d+\. )/, ''))}</li>`).join('')}</${tag}>`;
      }
      return `<p>${lines.map(esc).join('<br>')}</p>`;
    })
    .join('');
}
