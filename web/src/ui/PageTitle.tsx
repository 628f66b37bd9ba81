import { useEffect } from 'react';

/** Sets the document title ("Partners – Partnership CRM"), prefixed "Error: " while a form shows errors. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Partnership CRM`;
  }, [title, hasErrors]);
}
