package uk.homecare.portal.testing;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Races: many calls, each on its own thread, released at the same instant. */
public final class Race {

    /** One racer's call; {@code index} tells the racers apart. */
    @FunctionalInterface
    public interface Racer<T> {
        T run(int index) throws Exception;
    }

    /** A call whose answer is not wanted, only whether the API accepted it. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private Race() {}

    /** Runs {@code count} racers released together, and gives their answers in racer order. */
    public static <T> List<T> of(int count, Racer<T> racer) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return racer.run(index);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
        }
        List<T> answers = new ArrayList<>();
        for (Future<T> result : results) {
            answers.add(result.get());
        }
        return answers;
    }

    /** The HTTP status a call ends with: {@code success} when the API accepts it, else the status of its refusal. */
    public static int status(int success, Call call) throws Exception {
        try {
            call.run();
            return success;
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** The HTTP status a call ends with, 200 when the API accepts it. */
    public static int status(Call call) throws Exception {
        return status(200, call);
    }
}
