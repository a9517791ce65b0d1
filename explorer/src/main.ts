/** Browser entry: builds the page into #app and opens the view in the URL (or the overview). */
import './styles.css';
import type { ExplorerController } from './controller/index.ts';
import { App } from './ui/App.ts';

/**
 * Runs in a task of its own, after the one that evaluated the scripts: one
 * task doing both blocked the page (its input, its first paint) for twice as
 * long, which Lighthouse counts as blocking time (issue 21).
 */
function boot(): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html must contain <div id="app">');
  root.textContent = '';
  const app = new App(root);
  void app.start();
  // for the end-to-end tests and the curious: the running explorer's behaviour
  (window as unknown as { edugraph: ExplorerController }).edugraph = app.controller;
}

setTimeout(boot, 0);
