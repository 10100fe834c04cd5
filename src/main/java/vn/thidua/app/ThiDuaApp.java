package vn.thidua.app;

import javafx.application.Application;
import javafx.stage.Stage;

public class ThiDuaApp extends Application {
    private static String dataArgument;

    public static void start(String dataArg) {
        dataArgument = dataArg;
        Application.launch(ThiDuaApp.class);
    }

    @Override
    public void start(Stage stage) {
    }
}
