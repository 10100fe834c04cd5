package vn.thidua.catalogue.gui;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** An editor that works on a copy: the screen asks before a new selection drops unsaved changes. */
interface CopyEditor {

    ReadOnlyBooleanProperty editingProperty();

    /** True while the copy differs from what was loaded into the editor. */
    boolean hasUnsavedChanges();

    /** Closes the editor and drops the copy. */
    void close();

    /** The first message that is not null, or null: the problem shown in words under the fields. */
    static String firstOf(String... messages) {
        for (String m : messages) {
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
