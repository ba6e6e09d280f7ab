package org.studybench.ui.parts;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells when files appear, change or go in a folder and its subfolders down to a depth, so the
 * navigator shows new, saved and removed studies without a Refresh. {@code changed} runs on the
 * watching thread once per batch of events. Watches at most {@value #LIMIT} folders (a home folder
 * can hold thousands; inotify watches are a per-user resource); beyond that, Refresh still works.
 */
final class FolderWatch implements AutoCloseable {

    static final int LIMIT = 500;

    private final WatchService service;
    private final Map<WatchKey, Integer> depthLeft = new HashMap<>();
    private final Thread thread;

    FolderWatch(Path root, int depth, Runnable changed) throws IOException {
        service = root.getFileSystem().newWatchService();
        register(root, depth);
        thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = service.take();
                    Path dir = (Path) key.watchable();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        Integer left = depthLeft.get(key);
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name && left != null && left > 0
                                && Files.isDirectory(dir.resolve(name))) {
                            register(dir.resolve(name), left - 1);
                        }
                    }
                    if (!key.reset()) {
                        depthLeft.remove(key); // the folder went
                    }
                    changed.run();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // closed: the navigator shows another folder or is gone
            }
        }, "StudyBench folder watch " + root);
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir, int left) {
        if (depthLeft.size() >= LIMIT) {
            return;
        }
        try {
            depthLeft.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY), left);
            if (left > 0) {
                try (Stream<Path> children = Files.list(dir)) {
                    children.filter(Files::isDirectory).forEach(child -> register(child, left - 1));
                }
            }
        } catch (IOException | ClosedWatchServiceException e) {
            // unreadable or gone meanwhile: nothing to watch there
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
