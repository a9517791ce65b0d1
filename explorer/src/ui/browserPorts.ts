/** The controller's ports in the browser: the address bar and the clipboard (saving a file: download.ts). */
import type { ClipboardPort, UrlPort } from '../controller/index.ts';

export const locationUrl: UrlPort = {
  read: () => location.hash.slice(1),
  replace: (fragment) => history.replaceState(null, '', `#${fragment}`),
  href: () => location.href,
  onChange: (listener) => window.addEventListener('hashchange', listener),
};

export const browserClipboard: ClipboardPort = {
  writeText: (text) => navigator.clipboard.writeText(text),
};
