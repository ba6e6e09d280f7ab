package org.studybench.ui.editor;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

/** A table column edited as text in place: shows {@code get}'s text, hands a changed text to {@code set}. */
final class TextCellEditing<T> extends EditingSupport {

    private final TableViewer viewer;
    private final Class<T> type;
    private final Function<T, String> get;
    private final BiConsumer<T, String> set;

    TextCellEditing(TableViewer viewer, Class<T> type, Function<T, String> get, BiConsumer<T, String> set) {
        super(viewer);
        this.viewer = viewer;
        this.type = type;
        this.get = get;
        this.set = set;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return new TextCellEditor(viewer.getTable());
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        return get.apply(type.cast(element));
    }

    @Override
    protected void setValue(Object element, Object value) {
        if (!value.equals(get.apply(type.cast(element)))) {
            set.accept(type.cast(element), (String) value);
        }
    }
}
