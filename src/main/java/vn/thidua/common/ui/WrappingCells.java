package vn.thidua.common.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table cells whose long texts wrap onto more lines instead of being cut with "…". */
public final class WrappingCells {

    private WrappingCells() {
    }

    @SafeVarargs
    public static <R> void wrap(TableColumn<R, String>... columns) {
        for (TableColumn<R, String> column : columns) {
            column.setCellFactory(c -> new TableCell<>() {
                private final Text text = new Text();

                {
                    text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                    text.fillProperty().bind(textFillProperty());
                    text.fontProperty().bind(fontProperty());
                    setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                    setGraphic(text);
                }

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    text.setText(empty || item == null ? "" : item);
                }
            });
        }
    }
}
