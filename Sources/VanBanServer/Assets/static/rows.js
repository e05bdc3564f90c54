// The profile form's lists edited in place: "Thêm dòng" adds an empty row, "Xóa dòng" removes
// one, without a round trip. Without script the same buttons post the form, which comes back
// with the row added or removed. A saved school chosen in the select loads at once.
"use strict";
(function () {
  function renumber(list) {
    var rows = list.querySelectorAll("li.row");
    rows.forEach(function (row, index) {
      row.querySelectorAll("input").forEach(function (input) {
        input.id = input.id.replace(/^(list-[^-]+(?:-[^-]+)*?-)\d+(-[a-z_]+)?$/, "$1" + (index + 1) + "$2");
      });
      row.querySelectorAll("label").forEach(function (label) {
        var input = label.nextElementSibling;
        if (input && input.id) { label.htmlFor = input.id; }
      });
      var remove = row.querySelector("button.row-remove");
      if (remove) { remove.value = remove.value.replace(/:\d+$/, ":" + (index + 1)); }
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.row-add, button.row-remove");
    if (!button) { return; }
    var fieldset = button.closest("fieldset.rows");
    if (!fieldset) { return; }
    event.preventDefault();
    var list = fieldset.querySelector("ol");
    if (button.classList.contains("row-add")) {
      var last = list.querySelector("li.row:last-child");
      if (!last) { return; }
      var copy = last.cloneNode(true);
      copy.querySelectorAll("input").forEach(function (input) { input.value = ""; });
      list.appendChild(copy);
      renumber(list);
      var first = copy.querySelector("input");
      if (first) { first.focus(); }
    } else {
      var row = button.closest("li.row");
      if (list.querySelectorAll("li.row").length > 1) {
        row.remove();
      } else {
        row.querySelectorAll("input").forEach(function (input) { input.value = ""; });
      }
      renumber(list);
    }
  });
  var chooser = document.getElementById("profile-saved");
  if (chooser) {
    chooser.addEventListener("change", function () { chooser.form.submit(); });
  }
})();
