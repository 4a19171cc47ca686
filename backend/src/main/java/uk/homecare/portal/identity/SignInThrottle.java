package uk.homecare.portal.identity;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Throttles sign-in by what an attempt names, whether or not an account has that name, so the answers say
 * nothing of which names exist. Each attempt is counted <em>before</em> its password is checked, under the
 * counter's row lock, so a burst of a hundred concurrent tries gets exactly as many checks as the limit allows.
 *
 * <p>Counters: the account name from one client address (the policy's tries, 5), the account name from anywhere (50: someone
 * spreading guesses over many addresses), the client address (100), and an API client's id (10). The try that
 * reaches a limit locks its counter for a minute, each later failed try doubles that (at most the policy's lock
 * time); once a lock ends one more try is let through. A correct sign-in clears the account's counters, and so does
 * a password reset (the unlock by e-mail), so nobody can keep a person out for longer than it takes to reset.
 */
@Singleton
public final class SignInThrottle {

    static final int PER_ACCOUNT = 50;
    static final int PER_ADDRESS = 100;
    static final int PER_CLIENT = 10;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** One counter an attempt adds to, and its limit. */
    record Counter(String key, int limit) {}

    /** The counters one attempt added to. */
    record Attempt(List<Counter> counters) {}

    /**
     * The counter, locked for this transaction, made if it is not there: one statement, so a counter that a right
     * sign-in deletes meanwhile is simply made again (a no-op update locks and returns one that exists).
     */
    private static final String TAKE = """
            insert into sign_in_throttle as t (key, failures, last_failure_at) values (?, 0, ?::timestamptz)
            on conflict (key) do update set key = t.key
            returning failures, last_failure_at, locked_until""";
    private static final String WRITE = "update sign_in_throttle set failures = ?, last_failure_at = ?::timestamptz, locked_until = ?::timestamptz where key = ?";
    /**
     * Locks the account's counters in the order of their keys before deleting them, as every other forgetting does: two
     * right sign-ins at once (while wrong ones make counters again) would otherwise take the same rows in different
     * orders and deadlock.
     */
    private static final String FORGET = """
            delete from sign_in_throttle
             where key in (select key from sign_in_throttle where key = ? or starts_with(key, ?) order by key for update)""";
    private static final String GIVE_BACK = "update sign_in_throttle set failures = greatest(failures - 1, 0) where key = ?";

    private record State(int failures, Instant lastFailureAt, Instant lockedUntil) {}

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final SignInPolicy policy;

    SignInThrottle(Sql sql, TransactionOperations<Connection> transactions, SignInPolicy policy) {
        this.sql = sql;
        this.transactions = transactions;
        this.policy = policy;
    }

    List<Counter> forPerson(String username, String address) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        return List.of(new Counter("account:" + name + "|" + address, policy.maxFailures()),
                new Counter("account:" + name, PER_ACCOUNT), new Counter("address:" + address, PER_ADDRESS));
    }

    static List<Counter> forClient(String clientId, String address) {
        return List.of(new Counter("client:" + clientId, PER_CLIENT), new Counter("address:" + address, PER_ADDRESS));
    }

    /** Counts an attempt on every counter, or refuses it (429) while any of them is locked. */
    Attempt begin(List<Counter> counters, Instant now) {
        List<Counter> counted = new ArrayList<>();
        for (Counter counter : counters) {
            Optional<Duration> wait = transactions.executeWrite(status -> count(counter, now));
            if (wait.isPresent()) {
                counted.forEach(this::giveBack);
                long minutes = Math.max(1, wait.get().toMinutes() + 1);
                throw PortalProblem.tooManyRequests(Problems.message("login.locked", minutes), wait.get());
            }
            counted.add(counter);
        }
        return new Attempt(List.copyOf(counted));
    }

    /** The attempt was right: its account's counters start again, and the address's try is given back. */
    void succeeded(Attempt attempt) {
        for (Counter counter : attempt.counters()) {
            if (counter.key().startsWith("account:") || counter.key().startsWith("client:")) {
                sql.update(FORGET, counter.key(), counter.key() + "|");
            } else {
                giveBack(counter);
            }
        }
    }

    /** Forgets every counter of an account name (its password was just reset by e-mail), in the caller's transaction. */
    public void forgetAccount(String username) {
        String key = "account:" + username.trim().toLowerCase(Locale.ROOT);
        sql.update(FORGET, key, key + "|");
    }

    private void giveBack(Counter counter) {
        sql.update(GIVE_BACK, counter.key());
    }

    /** Adds the try under the row lock; the wait when the counter is locked. */
    private Optional<Duration> count(Counter counter, Instant now) {
        State state = sql.one(TAKE, row -> new State(row.getInt("failures"), Sql.instant(row, "last_failure_at"),
                Sql.instant(row, "locked_until")), counter.key(), now).orElseThrow();
        boolean forgotten = state.lastFailureAt().isBefore(now.minus(FORGET_AFTER));
        if (!forgotten && state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
            return Optional.of(Duration.between(now, state.lockedUntil()));
        }
        int failures = (forgotten ? 0 : state.failures()) + 1;
        // The try that reaches the limit locks the counter at once, so tries arriving meanwhile are refused unchecked;
        // if it turns out right, succeeded() clears the lock again.
        Instant lockedUntil = failures >= counter.limit() ? now.plus(lockFor(failures - counter.limit())) : null;
        sql.update(WRITE, failures, now, lockedUntil, counter.key());
        return Optional.empty();
    }

    /** A minute for the try that reached the limit, doubling with each try after it, at most the policy's lock time. */
    private Duration lockFor(int triesBeyond) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(triesBeyond, 20));
        return lock.compareTo(policy.lockFor()) > 0 ? policy.lockFor() : lock;
    }
}
