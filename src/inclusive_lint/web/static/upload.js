// Enhancements for the upload form; the form works without them.
// Drop files onto the box to choose them; while the upload runs, say so.
'use strict';
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('upload-form');
  var drop = document.getElementById('drop');
  var input = document.getElementById('files');
  var status = document.getElementById('status');
  if (!form || !drop || !input || !status) return;
  ['dragenter', 'dragover'].forEach(function (name) {
    drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    drop.addEventListener(name, function () { drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      status.textContent = e.dataTransfer.files.length + ' file(s) chosen.';
    }
  });
  form.addEventListener('submit', function () {
    var bar = document.createElement('progress');
    bar.setAttribute('aria-label', 'Checking');
    status.textContent = 'Uploading and checking; this can take a minute for a long document.';
    status.appendChild(bar);
    document.getElementById('submit').setAttribute('aria-disabled', 'true');
  });
});
