package vn.thidua.app;

/**
 * Entry point of thidua.jar. Without a command it starts the window; with one it is the command line.
 * It does not extend Application, so JavaFX starts from the class path and from a packaged image alike.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String[] rest = Cli.withoutDataOption(args);
        if (rest.length == 0 && (args.length == 0 || !Cli.hasDataFlagWithoutValue(args))) {
            WindowProcess.awaitPredecessor(System.getenv());
            if (!WindowProcess.start(args)) {
                ThiDuaApp.start(Cli.dataOption(args));
            }
            return;
        }
        int status = new Cli(System.out, System.err, System.getenv()).run(args);
        System.exit(status);
    }
}
