package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code poll_oneoff(in, out, nsubscriptions) -> nevents}: waits for the first of its subscriptions.
 * Clock subscriptions wait (relative, or until an absolute time of their clock); fd_read and fd_write
 * subscriptions are reported ready at once (a read may still block, as on a regular file), with the bytes
 * known to be available.
 *
 * <p>subscription (48 bytes): userdata u64 @0, tag u8 @8, then clock {id u32 @16, timeout u64 @24,
 * precision u64 @32, flags u16 @40} or fd_readwrite {file_descriptor u32 @16}. event (32 bytes):
 * userdata u64 @0, error u16 @8, type u8 @10, fd_readwrite {nbytes u64 @16, flags u16 @24}.
 */
final class Poll {
    private Poll() {
    }

    static final int SUBSCRIPTION_SIZE = 48;
    static final int EVENT_SIZE = 32;

    private record Event(long userdata, int error, int type, long nbytes) {
    }

    static void register(Wasi.Registry r, WasiState s) {
        r.fn("poll_oneoff", "iiii", a -> {
            long in = a[0];
            long out = a[1];
            long n = a[2];
            if (n == 0) {
                throw new WasiError(Errno.INVAL); // nothing to wait for would wait forever
            }
            GuestMemory m = s.mem();
            m.check(in, n * SUBSCRIPTION_SIZE);
            m.check(out, n * EVENT_SIZE);
            m.check(a[3], 4);
            List<Event> ready = new ArrayList<>();
            long[] waits = new long[(int) n]; // per clock subscription: nanoseconds to wait; -1 for others
            long minWait = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                long sub = in + (long) i * SUBSCRIPTION_SIZE;
                long userdata = m.u64(sub);
                int tag = m.u8(sub + 8);
                waits[i] = -1;
                switch (tag) {
                    case Flags.EVENTTYPE_CLOCK -> {
                        int id = (int) m.u32(sub + 16);
                        long timeout = m.u64(sub + 24);
                        boolean abs = (m.u16(sub + 40) & Flags.SUBCLOCK_ABSTIME) != 0;
                        try {
                            long wait = abs ? timeout - s.clocks.now(id) : timeout;
                            waits[i] = Math.max(0, wait < 0 && !abs ? Long.MAX_VALUE : wait); // relative: u64
                            minWait = Math.min(minWait, waits[i]);
                        } catch (WasiError e) {
                            ready.add(new Event(userdata, e.errno, tag, 0));
                        }
                    }
                    case Flags.EVENTTYPE_FD_READ, Flags.EVENTTYPE_FD_WRITE -> ready.add(fdEvent(s, m, sub, userdata, tag));
                    default -> throw new WasiError(Errno.INVAL);
                }
            }
            if (ready.isEmpty() && minWait > 0) {
                sleep(minWait);
            }
            long waited = ready.isEmpty() ? minWait : 0;
            for (int i = 0; i < n; i++) {
                if (waits[i] >= 0 && waits[i] <= waited) {
                    ready.add(new Event(m.u64(in + (long) i * SUBSCRIPTION_SIZE), Errno.SUCCESS,
                            Flags.EVENTTYPE_CLOCK, 0));
                }
            }
            for (int i = 0; i < ready.size(); i++) {
                Event e = ready.get(i);
                long ev = out + (long) i * EVENT_SIZE;
                m.zero(ev, EVENT_SIZE);
                m.put64(ev, e.userdata());
                m.put16(ev + 8, e.error());
                m.put8(ev + 10, e.type());
                m.put64(ev + 16, e.nbytes());
            }
            m.put32(a[3], ready.size());
            return Errno.SUCCESS;
        });
    }

    private static Event fdEvent(WasiState s, GuestMemory m, long sub, long userdata, int tag) {
        try {
            FileDescriptor f = s.fds.get(m.u32(sub + 16));
            f.require(Rights.POLL_FD_READWRITE);
            long nbytes = tag == Flags.EVENTTYPE_FD_READ ? f.readable() : 0;
            return new Event(userdata, Errno.SUCCESS, tag, nbytes);
        } catch (WasiError e) {
            return new Event(userdata, e.errno, tag, 0);
        } catch (IOException e) {
            return new Event(userdata, Errno.of(e), tag, 0);
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // someone wants this thread to stop: let the program go on to see it
            throw new WasiError(Errno.INTR);
        }
    }
}
