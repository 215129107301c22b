package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order waiting jobs are taken in: one per user in turn, each user's in arrival order. */
class RoundRobinTest {

    private static List<String> drain(RoundRobin<String> queue) {
        List<String> order = new ArrayList<>();
        for (var next = queue.next(); next.isPresent(); next = queue.next()) {
            order.add(next.get());
        }
        return order;
    }

    @Test
    void usersTakeTurnsAndEachUsersJobsKeepTheirOrder() {
        RoundRobin<String> queue = new RoundRobin<>();
        for (int i = 1; i <= 5; i++) {
            queue.add("alice", "a" + i);
        }
        queue.add("bob", "b1");
        queue.add("bob", "b2");
        queue.add("carol", "c1");
        assertEquals(Map.of("alice", 5, "bob", 2, "carol", 1), queue.waitingByUser());
        assertEquals(List.of("a1", "b1", "c1", "a2", "b2", "a3", "a4", "a5"), drain(queue));
        assertEquals(0, queue.size());
    }

    @Test
    void aLateUserIsServedWithinOneRoundNotAfterTheFlood() {
        RoundRobin<String> queue = new RoundRobin<>();
        for (int i = 1; i <= 30; i++) {
            queue.add("alice", "a" + i);
        }
        assertEquals("a1", queue.next().orElseThrow());
        assertEquals(0, queue.ahead("bob", 0), "bob's first edit will be next, before he sends it");
        queue.add("bob", "b1");
        assertEquals(0, queue.ahead("bob", 0), "bob's first edit is next");
        assertEquals("b1", queue.next().orElseThrow());
        assertEquals("a2", queue.next().orElseThrow());
        // alice was served last: a newcomer's job now waits for nobody else's
        queue.add("carol", "c1");
        queue.add("bob", "b2");
        assertEquals(List.of("b2", "c1", "a3"), List.of(queue.next().orElseThrow(), queue.next().orElseThrow(),
                queue.next().orElseThrow()));
    }

    @Test
    void aheadCountsWhatTheRotationTakesFirst() {
        RoundRobin<String> queue = new RoundRobin<>();
        for (int i = 1; i <= 4; i++) {
            queue.add("alice", "a" + i);
        }
        queue.add("bob", "b1");
        queue.add("bob", "b2");
        // Order will be a1 b1 a2 b2 a3 a4: bob's second waits for a1, b1, a2.
        assertEquals(3, queue.ahead("bob", 1));
        assertEquals(1, queue.ahead("bob", 0));
        assertEquals(4, queue.ahead("alice", 2));
        List<String> order = drain(queue);
        assertEquals(3, order.indexOf("b2"));
        assertEquals(4, order.indexOf("a3"));
    }

    @Test
    void aRemovedJobLeavesTheOthersInTurn() {
        RoundRobin<String> queue = new RoundRobin<>();
        queue.add("alice", "a1");
        queue.add("alice", "a2");
        queue.add("bob", "b1");
        assertTrue(queue.remove("a1"::equals));
        assertEquals(List.of("a2", "b1"), drain(queue));
    }
}
