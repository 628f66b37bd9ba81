import { networkProblem, toProblem } from './problem';
import { session } from './session';

/**
 * Sends a file as the raw request body, reporting progress. XMLHttpRequest rather than the generated client:
 * fetch cannot report upload progress. Same bearer token and problem handling as every other call; resolves
 * with the parsed body on `expectStatus`, else rejects with the problem.
 */
export function uploadWithProgress<T>(
  path: string,
  file: File,
  contentType: string,
  expectStatus: number,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('content-type', contentType);
    request.setRequestHeader('accept', 'application/json');
    const token = session.token();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(networkProblem());
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status === expectStatus) resolve(body as T);
      else reject(toProblem(request.status, body));
    };
    request.send(file);
  });
}
