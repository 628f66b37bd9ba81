import { saveBlob as save } from '../../api/download';
import { fileName, toCsv, type Dataset } from './dataset';


/** A byte-order mark first, so spreadsheet programs read the labels as UTF-8. */
export const downloadCsv = (dataset: Dataset, suffix: string): void => save(new Blob(['\ufeff', toCsv(dataset)], { type: 'text/csv;charset=utf-8' }), `${fileName(dataset.title)}-${suffix}.csv`);

/** The chart as a standalone SVG file: every colour and font is an attribute on it, so it needs no stylesheet. */
function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('class');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export const downloadSvg = (svg: SVGSVGElement, dataset: Dataset, suffix: string): void =>
  save(new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }), `${fileName(dataset.title)}-${suffix}.svg`);

/** The chart drawn onto a canvas at twice its own size (sharp on high-density screens and in documents). */
export async function downloadPng(svg: SVGSVGElement, dataset: Dataset, suffix: string): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  // A data: address, which the app's content security policy allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgMarkup(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the chart as an image.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('This browser cannot draw the chart as an image.');
  save(blob, `${fileName(dataset.title)}-${suffix}.png`);
}
