package io.diplomatictimeline.projection.readmodel;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once at start-up, in the order of the phases, before the Kafka listener containers (phase
 * {@code Integer.MAX_VALUE - 100}) and the web server start: nothing is consumed or answered until it is done.
 */
public abstract class StartUpStep implements SmartLifecycle {

    private volatile boolean running;

    /** The work; the service does not start until it returns. */
    protected abstract void run();

    @Override
    public void start() {
        run();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
