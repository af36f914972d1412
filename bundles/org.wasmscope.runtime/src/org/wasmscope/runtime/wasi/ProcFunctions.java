package org.wasmscope.runtime.wasi;

/**
 * The process-level functions: {@code proc_exit}, {@code proc_raise}, {@code sched_yield},
 * {@code random_get}, {@code clock_res_get} and {@code clock_time_get}.
 */
final class ProcFunctions {
    private ProcFunctions() {
    }

    static void register(Wasi.Registry r, WasiState s) {
        r.noResult("proc_exit", "i", a -> {
            throw new ProcExit((int) a[0]);
        });
        // signals do not exist in WASI's model of a program (deprecated in preview1)
        r.fn("proc_raise", "i", a -> Errno.NOSYS);
        r.fn("sched_yield", "", a -> {
            Thread.yield();
            return Errno.SUCCESS;
        });
        r.fn("random_get", "ii", a -> {
            GuestMemory m = s.mem();
            int p = m.check(a[0], a[1]);
            byte[] bytes = new byte[(int) a[1]];
            s.random.nextBytes(bytes);
            System.arraycopy(bytes, 0, m.bytes(), p, bytes.length);
            return Errno.SUCCESS;
        });
        r.fn("clock_res_get", "ii", a -> {
            long res = s.clocks.resolution((int) a[0]);
            s.mem().put64(a[1], res);
            return Errno.SUCCESS;
        });
        r.fn("clock_time_get", "iIi", a -> {
            long now = s.clocks.now((int) a[0]); // the precision argument is a hint; we are as precise as we can be
            s.mem().put64(a[2], now);
            return Errno.SUCCESS;
        });
    }
}
