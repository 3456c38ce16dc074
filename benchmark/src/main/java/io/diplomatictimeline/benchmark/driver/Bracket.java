package io.diplomatictimeline.benchmark.driver;

/** What is done right before and right after a measured run (after its warm-up), to read what it cost. */
interface Bracket {

    Bracket NONE = new Bracket() {
        @Override
        public void before() {
        }

        @Override
        public void after() {
        }
    };

    void before() throws Exception;

    void after() throws Exception;
}
