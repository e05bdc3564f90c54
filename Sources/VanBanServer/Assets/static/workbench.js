// The workbench's only script. Everything works without it as plain forms; with it the preview
// refreshes a moment after typing stops and scrolls to the part being edited, the căn cứ and
// nơi nhận lists change in place (no round trip), and a chosen text file fills the import box.
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  var button = document.getElementById("preview-button");
  var frame = document.getElementById("preview");
  var current = null;

  function previewElement(anchor) {
    try { return frame.contentWindow.document.getElementById(anchor); } catch (e) { return null; }
  }

  function scrollPreview(anchor) {
    var target = anchor && previewElement(anchor);
    if (target) { target.scrollIntoView({ block: "start" }); return true; }
    return false;
  }

  if (form && button && frame) {
    var timer = null;
    var scroll = 0;
    var refresh = function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () {
        try { scroll = frame.contentWindow.scrollY; } catch (e) { scroll = 0; }
        if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
      }, 400);
    };
    form.addEventListener("input", refresh);
    frame.addEventListener("load", function () {
      if (!scrollPreview(current)) {
        try { frame.contentWindow.scrollTo(0, scroll); } catch (e) { /* another origin: leave it */ }
      }
    });
    // The part being edited: the block around the focused field names its anchor in the preview.
    form.addEventListener("focusin", function (event) {
      var block = event.target.closest ? event.target.closest("[data-anchor]") : null;
      if (block) {
        current = block.getAttribute("data-anchor");
        scrollPreview(current);
      }
    });
    // The outline scrolls the preview as well as the form.
    Array.prototype.forEach.call(document.querySelectorAll(".outline a[data-anchor]"), function (link) {
      link.addEventListener("click", function () {
        current = link.getAttribute("data-anchor");
        scrollPreview(current);
      });
    });

    // Lists edited in place: the same buttons post `op=up-base:3` without script.
    var renumber = function (list) {
      var name = list.getAttribute("data-list");
      var rows = list.querySelectorAll("li.list-row");
      Array.prototype.forEach.call(rows, function (row, index) {
        var n = index + 1;
        var input = row.querySelector("input");
        input.id = "f-" + name + "-" + n;
        Array.prototype.forEach.call(row.querySelectorAll("button[data-list-op]"), function (b) {
          b.value = b.getAttribute("data-list-op") + "-" + name + ":" + n;
        });
      });
      var append = list.querySelector("button[data-list-op=append]");
      if (append) { append.value = "add-" + name + ":" + rows.length; }
    };
    var blankRow = function (list) {
      var name = list.getAttribute("data-list");
      var row = document.createElement("li");
      row.className = "list-row";
      var input = document.createElement("input");
      input.name = name;
      row.appendChild(input);
      var ops = document.createElement("span");
      ops.className = "row-ops";
      [["up", "↑"], ["down", "↓"], ["add", "+"], ["remove", "×"]].forEach(function (pair) {
        var b = document.createElement("button");
        b.type = "submit";
        b.name = "op";
        b.setAttribute("data-list-op", pair[0]);
        b.textContent = pair[1];
        ops.appendChild(b);
      });
      row.appendChild(ops);
      return row;
    };
    form.addEventListener("click", function (event) {
      var b = event.target.closest ? event.target.closest("button[data-list-op]") : null;
      if (!b) { return; }
      var list = b.closest("[data-list]");
      if (!list) { return; }
      event.preventDefault();
      var action = b.getAttribute("data-list-op");
      var row = b.closest("li.list-row");
      var ol = list.querySelector("ol");
      var focus = null;
      if (action === "append") {
        focus = blankRow(list);
        ol.appendChild(focus);
      } else if (action === "add") {
        focus = blankRow(list);
        ol.insertBefore(focus, row.nextSibling);
      } else if (action === "remove") {
        ol.removeChild(row);
      } else if (action === "up" && row.previousElementSibling) {
        ol.insertBefore(row, row.previousElementSibling);
      } else if (action === "down" && row.nextElementSibling) {
        ol.insertBefore(row.nextElementSibling, row);
      }
      renumber(list);
      if (focus) { focus.querySelector("input").focus(); }
      refresh();
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
