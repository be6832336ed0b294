// Office versions that show add-ins in Internet Explorer cannot run the pane: say so instead of
// showing a blank pane. ES5 on purpose, and a file of its own: the page's CSP allows no inline
// script. Loaded after #root, before the bundle runs (the bundle is deferred).
(function () {
  if (/Trident\//.test(navigator.userAgent)) {
    document.getElementById("root").innerHTML =
      '<p style="font-family: sans-serif; padding: 12px">此版本的 Office 使用 Internet Explorer 显示加载项，无法运行对照检查助手。' +
      "请使用 Microsoft 365 或 Office 2021 及以上版本的 Word，或网页版 Word。</p>";
  }
})();
