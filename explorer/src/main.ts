/** Browser entry: builds the page into #app and opens the view in the URL (or the overview). */
import './styles.css';
import type { ExplorerController } from './controller/index.ts';
import { nextTask } from './graph/nextTask.ts';

/**
 * The page's script is evaluated in parts, each in a task of its own:
 * Cytoscape (about half of it) first, then the explorer, so that neither
 * evaluation blocks input and the first paint for the time of both, which
 * Lighthouse counts as blocking time (issue 21). Both are asked for at once,
 * so neither waits for the other to download.
 */
const renderer = import('cytoscape');
const explorer = import('./ui/App.ts');

/**
 * Builds the page in tasks after the ones that evaluated the scripts, for
 * the same reason (App.create), and asks for the first picture in another.
 */
async function boot(): Promise<void> {
  await renderer;
  const { App } = await explorer;
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html must contain <div id="app">');
  await nextTask();
  const app = await App.create(root);
  // for the end-to-end tests and the curious: the running explorer's behaviour
  (window as unknown as { edugraph: ExplorerController }).edugraph = app.controller;
  setTimeout(() => void app.start(), 0);
}

void boot();
