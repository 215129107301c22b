package org.easel.server.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Waiting items in one queue per user, taken in turn: the next item comes from the first user
 * after the one served last who has any. A user who sends thirty items waits behind their own,
 * while another user's item waits for at most one item of each other user. Not thread-safe: the
 * {@link JobQueue} guards it.
 */
final class RoundRobin<T> {
    /**
     * Users in the order they first queued. A user whose queue empties keeps their place (the map
     * grows only with the number of distinct users, which is small), so the turn order is stable.
     */
    private final Map<String, Deque<T>> queues = new LinkedHashMap<>();
    private String lastServed;

    void add(String user, T item) {
        queues.computeIfAbsent(user, u -> new ArrayDeque<>()).addLast(item);
    }

    /** The next item in turn, taken out; empty when nobody waits. */
    Optional<T> next() {
        for (String user : rotation(lastServed)) {
            Deque<T> queue = queues.get(user);
            if (!queue.isEmpty()) {
                lastServed = user;
                return Optional.of(queue.pollFirst());
            }
        }
        return Optional.empty();
    }

    /** Removes the first item that matches; false when none did. */
    boolean remove(Predicate<T> which) {
        for (Deque<T> queue : queues.values()) {
            if (queue.removeIf(which)) {
                return true;
            }
        }
        return false;
    }

    int waiting(String user) {
        Deque<T> queue = queues.get(user);
        return queue == null ? 0 : queue.size();
    }

    int size() {
        return queues.values().stream().mapToInt(Deque::size).sum();
    }

    List<T> all() {
        List<T> all = new ArrayList<>();
        queues.values().forEach(all::addAll);
        return all;
    }

    /** How many waiting users' items, per user with any, users in the order they will be served. */
    Map<String, Integer> waitingByUser() {
        Map<String, Integer> byUser = new LinkedHashMap<>();
        for (String user : rotation(lastServed)) {
            int waiting = queues.get(user).size();
            if (waiting > 0) {
                byUser.put(user, waiting);
            }
        }
        return byUser;
    }

    /**
     * How many items will be taken before the {@code index}-th (0-based) item of {@code user}'s
     * queue, were nobody to add more: every full round before its own takes one item from each user
     * who still has one, and its own round those of the users before it in turn.
     */
    int ahead(String user, int index) {
        int ahead = index; // the user's own items before it
        boolean before = true;
        for (String other : rotation(lastServed, user)) {
            if (other.equals(user)) {
                before = false;
                continue;
            }
            int theirs = queues.get(other).size();
            ahead += Math.min(theirs, before ? index + 1 : index);
        }
        return ahead;
    }

    /** Every user, starting with the one after {@code last}. */
    private List<String> rotation(String last) {
        return rotation(last, null);
    }

    /** As {@link #rotation(String)}, with {@code newcomer} where {@link #add} would put them if not there yet. */
    private List<String> rotation(String last, String newcomer) {
        List<String> all = new ArrayList<>(queues.keySet());
        if (newcomer != null && !queues.containsKey(newcomer)) {
            all.add(newcomer);
        }
        int at = last == null ? -1 : all.indexOf(last);
        List<String> order = new ArrayList<>(all.subList(at + 1, all.size()));
        order.addAll(all.subList(0, at + 1));
        return order;
    }
}
