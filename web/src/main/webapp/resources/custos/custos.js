/* Custos page helpers. */
var Custos = Custos || {};

/*
 * PrimeFaces' text editor copies what the user typed into its form field only when the editor loses
 * focus, a moment after the fact; a quick click on "Save" would send the old value. Buttons that
 * submit an editor call this first.
 */
Custos.syncEditors = function () {
    for (var key in PrimeFaces.widgets) {
        var w = PrimeFaces.widgets[key];
        if (PrimeFaces.widget.TextEditor && w instanceof PrimeFaces.widget.TextEditor && w.editor) {
            w.input.val(w.getEditorValue());
        }
    }
};
