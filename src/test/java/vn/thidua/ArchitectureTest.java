package vn.thidua;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layering STYLE.md asks for, checked on the program's own classes (tests and benchmarks are not imported):
 * model, logic and gui inside each feature, features without cycles, output and desktop calls in named places.
 */
@AnalyzeClasses(packages = "vn.thidua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The command-line entry: the only classes that may write to the console or end the process. */
    private static final String MAIN = "vn.thidua.app.Main";
    private static final String CLI = "vn.thidua.app.Cli";

    /** Where the one class that opens or prints files through the desktop (java.awt.Desktop) will live. */
    private static final String DESKTOP = "vn.thidua.common.io.DesktopFiles";

    @ArchTest
    static final ArchRule modelDependsOnNoLogicGuiJavaFxOrSql = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..logic..", "..gui..", "javafx..", "java.sql..")
            .because("model records are plain data that logic, screens and documents share");

    @ArchTest
    static final ArchRule logicNeverDependsOnGuiOrJavaFx = noClasses()
            .that().resideInAPackage("..logic..")
            .should().dependOnClassesThat().resideInAnyPackage("..gui..", "javafx..")
            .because("the command line and tests run the logic without a toolkit");

    @ArchTest
    static final ArchRule guiDoesNotWriteSql = noClasses()
            .that().resideInAPackage("..gui..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("SQL belongs to the repositories in logic");

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses()
            .that().resideInAPackage("vn.thidua.common..")
            .should().dependOnClassesThat(resideInAPackage("vn.thidua..").and(not(resideInAPackage("vn.thidua.common.."))))
            .because("shared code serves every feature and so may know none of them");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("vn.thidua.(*)..")
            .should().beFreeOfCycles()
            .because("a feature may use another only one way; app, the composition root, is used by nobody");

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToTheConsole = noClasses()
            .that().doNotHaveFullyQualifiedName(MAIN).and().doNotHaveFullyQualifiedName(CLI)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the window has no console; messages go to dialogs, the status bar or the Cli's streams");

    @ArchTest
    static final ArchRule onlyMainEndsTheProcess = noClasses()
            .that().doNotHaveFullyQualifiedName(MAIN)
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("the Cli returns its status so it can be run and tested in-process");

    @ArchTest
    static final ArchRule noSwingOrAwtOutsideTheDesktopClass = noClasses()
            .that().doNotHaveFullyQualifiedName(DESKTOP)
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("the program is JavaFX; AWT is only for handing a file to the desktop to open or print");

    @ArchTest
    static final ArchRule viewModelsKnowNoControlsOrScenes = noClasses()
            .that().resideInAPackage("..gui..").and().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.stage..")
            .orShould().dependOnClassesThat(assignableTo("javafx.scene.Node"))
            .orShould().dependOnClassesThat(assignableTo("javafx.scene.Scene"))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.thidua.common.ui.Views")
            .because("a ViewModel is tested without a toolkit and asks the user through DialogService");
}
