/** Browser entry: builds the page into #app and opens the view in the URL (or the overview). */
import './styles.css';
import type { ExplorerController } from './controller/index.ts';
import { App } from './ui/App.ts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html must contain <div id="app">');
root.textContent = '';
const app = new App(root);
void app.start();
// for the end-to-end tests and the curious: the running explorer's behaviour
(window as unknown as { edugraph: ExplorerController }).edugraph = app.controller;
