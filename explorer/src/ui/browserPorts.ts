/** The controller's ports in the browser: the address bar, the clipboard and the tab's token store (saving a file: download.ts). */
import type { ClipboardPort, TokenStore, UrlPort } from '../controller/index.ts';

export const locationUrl: UrlPort = {
  read: () => location.hash.slice(1),
  replace: (fragment) => history.replaceState(null, '', `#${fragment}`),
  href: () => location.href,
  onChange: (listener) => window.addEventListener('hashchange', listener),
};

export const browserClipboard: ClipboardPort = {
  writeText: (text) => navigator.clipboard.writeText(text),
};

const TOKEN_KEY = 'edugraph.token';

/** The signed-in token, for this tab only: sessionStorage is neither shared with other tabs nor kept after the tab closes. */
export const sessionTokens: TokenStore = {
  read: () => sessionStorage.getItem(TOKEN_KEY),
  write: (token) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY)),
};
