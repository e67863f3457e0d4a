package org.diplograph.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap while it watches, two ways. The peak is the sum over the heap pools of each pool's
 * peak: the pools peak at different moments, so it is an upper bound of the heap in use, young
 * garbage included. The live heap is the most heap in use right after a garbage collection: the
 * live data and whatever garbage the collection left in the old generation, but none of the
 * young garbage. A collector grows its young generation with the heap it may use, so the peak
 * moves with {@code -Xmx}; the live heap is what the work itself holds. Collections tell it
 * through the JVM's notifications, which arrive on a thread of their own.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    private final List<MemoryPoolMXBean> heapPools;
    private final Set<String> heapPoolNames;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong live = new AtomicLong();

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    }

    /**
     * Collects the garbage, then watches every collector of this JVM that sends notifications:
     * the heap in use right after that first collection counts, even where its notification or
     * any other comes only after the watch ends. The peak starts from that collection, not from
     * the garbage before it.
     */
    static HeapWatch collectAndWatch() {
        HeapWatch watcher = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watcher, null, null);
                watcher.emitters.add(emitter);
            }
        }
        System.gc();
        watcher.live.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        watcher.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return watcher;
    }

    /** The peak heap since the watch began, in bytes. */
    long peak() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The most heap in use after a collection so far, in bytes. */
    long live() {
        return live.get();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPoolNames.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        live.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("a collector lost the listener it was given", e);
            }
        }
    }
}
