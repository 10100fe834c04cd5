package vn.thidua.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Lets the window's JVM give memory back to the system. A plain {@code java -jar} gets a heap limit of a quarter of the
 * machine's memory, and G1 keeps what it once took: after the register's hundred thousand entries are read (a burst
 * of short-lived rows) the process would stay near half a gigabyte although the data it holds is under 100 MB. With
 * a low free-heap ratio and a periodic collection when idle, G1 shrinks the heap again. These are manageable flags, so
 * they are set here and nobody needs to add options to the command that starts the program.
 */
final class MemoryTuning {

    private MemoryTuning() {
    }

    /** Sets the flags when the JVM allows it (G1, HotSpot); anything else keeps its defaults. */
    static void giveBackIdleMemory() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!"true".equals(vm.getVMOption("UseG1GC").getValue())) {
                return;
            }
            // the minimum first: the maximum may not fall below it
            vm.setVMOption("MinHeapFreeRatio", "10");
            vm.setVMOption("MaxHeapFreeRatio", "30");
            vm.setVMOption("G1PeriodicGCInterval", "30000");
        } catch (RuntimeException | LinkageError e) {
            // not HotSpot, or the flags are not manageable here: the program runs as before
        }
    }
}
