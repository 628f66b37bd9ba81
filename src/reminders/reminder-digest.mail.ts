import { escapeHtml, type RenderedMail } from '../mail/mail-templates.js';
import type { DigestLine, DigestSection } from './reminder-digest.js';

export interface DigestMailInput {
  recipientName: string;
  runDate: string;
  sections: DigestSection[];
  itemCount: number;
}

const lineText = (line: DigestLine): string =>
  `- ${line.label}${line.context ? ` (${line.context})` : ''}: ${line.when}\n  ${line.url}`;

const lineHtml = (line: DigestLine): string =>
  `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.label)}</a>` +
  `${line.context ? ` <span style="color:#555">(${escapeHtml(line.context)})</span>` : ''}: ${escapeHtml(line.when)}</li>`;

const moreText = (section: DigestSection): string[] => (section.more > 0 ? [`  …and ${section.more} more: ${section.listUrl}`] : []);

const moreHtml = (section: DigestSection): string =>
  section.more > 0 ? `<p>…and ${section.more} more: <a href="${escapeHtml(section.listUrl)}">see the full list</a></p>` : '';

export function digestSubject(runDate: string, itemCount: number): string {
  return `Partnership reminders for ${runDate}: ${itemCount} item${itemCount === 1 ? '' : 's'}`;
}

function renderText(input: DigestMailInput): string {
  const sections = input.sections.map((section) => [`${section.title}:`, ...section.lines.map(lineText), ...moreText(section)].join('\n'));
  return [`Hello ${input.recipientName},`, 'These need your attention:', ...sections, 'You can change how often you get these in your reminder preferences.']
    .join('\n\n') + '\n';
}

function renderHtml(input: DigestMailInput, subject: string): string {
  const sections = input.sections
    .map((section) => `<h2 style="font-size:1.1em">${escapeHtml(section.title)}</h2>\n<ul>\n${section.lines.map(lineHtml).join('\n')}\n</ul>${moreHtml(section)}`)
    .join('\n');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:sans-serif;max-width:48em"><p>Hello ${escapeHtml(input.recipientName)},</p>` +
    `<p>These need your attention:</p>\n${sections}\n` +
    '<p style="color:#555">You can change how often you get these in your reminder preferences.</p></body></html>'
  );
}

/** One digest mail: plain-text and HTML parts listing every claimed item, grouped and linked. */
export function renderDigestMail(input: DigestMailInput): RenderedMail {
  const subject = digestSubject(input.runDate, input.itemCount);
  return { kind: 'reminder-digest', subject, text: renderText(input), html: renderHtml(input, subject) };
}
