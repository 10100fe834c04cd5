package vn.thidua.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.Scene;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.TaskExecutor;

/**
 * The window's frame: the navigation side bar, the current screen and the status bar. Built in code because it
 * only arranges the sections the composition root hands it.
 */
final class MainView {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0};

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final Map<String, Parent> built = new HashMap<>();

    MainView(List<Section> sections, TaskExecutor executor, String dataFolder) {
        VBox bar = new VBox(2);
        bar.getStyleClass().add("nav-bar");
        bar.setId("navBar");
        Label brand = new Label(Messages.get("app.brand"));
        brand.getStyleClass().add("nav-brand");
        bar.getChildren().add(brand);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            ToggleButton b = new ToggleButton(Messages.get(s.titleKey()));
            b.setId("nav-" + s.id());
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setToggleGroup(navigation);
            b.setUserData(s);
            buttons.add(b);
            bar.getChildren().add(b);
        }
        // The shortcuts' tooltips are made when the pointer first reaches the bar: the first Tooltip costs a quarter
        // of a second of start-up (its pop-up window's classes and styles).
        bar.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                bar.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                for (int i = 0; i < buttons.size() && i < DIGITS.length; i++) {
                    buttons.get(i).setTooltip(new Tooltip(Messages.get("nav.shortcut", (i + 1) % 10)));
                }
            }
        });
        navigation.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                navigation.selectToggle(old);
            } else {
                show((Section) now.getUserData());
            }
        });

        Label status = new Label();
        status.textProperty().bind(executor.messageProperty());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(executor.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label folder = new Label(Messages.get("status.dataFolder", dataFolder));
        folder.getStyleClass().add("status-folder");
        HBox statusBar = new HBox(12, status, progress, spacer, folder);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(4, 10, 4, 10));
        statusBar.getStyleClass().add("status-bar");

        content.getStyleClass().add("content");
        root.setLeft(bar);
        root.setCenter(content);
        root.setBottom(statusBar);
    }

    Parent root() {
        return root;
    }

    void select(String sectionId) {
        buttons.stream().filter(b -> ((Section) b.getUserData()).id().equals(sectionId)).findFirst()
                .ifPresent(b -> navigation.selectToggle(b));
    }

    /** Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth, switch between the sections. */
    void installShortcuts(Scene scene) {
        for (int i = 0; i < buttons.size() && i < DIGITS.length; i++) {
            ToggleButton b = buttons.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                    () -> navigation.selectToggle(b));
        }
    }

    private void show(Section s) {
        Parent screen = built.computeIfAbsent(s.id(), id -> s.screen().get());
        content.getChildren().setAll(screen);
        s.onShow().run();
    }
}
