// The ribbon's function file. The only button opens the task pane (ShowTaskpane in the
// manifest), which needs no code; Office still requires the page to load and call onReady.
Office.onReady(() => undefined);
