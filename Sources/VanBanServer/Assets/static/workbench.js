// The workbench's only script: refreshes the preview a moment after typing stops (the form
// works without it), keeps the preview's scroll position, and reads a chosen text file into
// the import box.
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  var button = document.getElementById("preview-button");
  var frame = document.getElementById("preview");
  if (form && button && frame) {
    var timer = null;
    var scroll = 0;
    form.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () {
        try { scroll = frame.contentWindow.scrollY; } catch (e) { scroll = 0; }
        if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
      }, 400);
    });
    frame.addEventListener("load", function () {
      try { frame.contentWindow.scrollTo(0, scroll); } catch (e) { /* another origin: leave it */ }
    });
  }
  var pickers = document.querySelectorAll("input[type=file][data-fills]");
  Array.prototype.forEach.call(pickers, function (picker) {
    picker.addEventListener("change", function () {
      var target = document.getElementById(picker.getAttribute("data-fills"));
      var file = picker.files && picker.files[0];
      if (!target || !file) { return; }
      var reader = new FileReader();
      reader.onload = function () { target.value = reader.result; };
      reader.readAsText(file);
    });
  });
})();
