package ebpm.jobs;

/** How many threads a night gives work that keeps a core busy (landing files read at once, evidence formats written). */
public final class CpuThreads {

    private CpuThreads() {
    }

    /**
     * One per core, at most four: each thread holds a file's rows on their way to the lake or a workbook being
     * written, and the heap is sized for a few of them, not for one per core of a large server.
     */
    public static int perCore() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
