package uk.homecare.portal;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.homecare.portal.account.FirstPlatformAdmin;

/**
 * The portal's command line, run instead of the servers: {@code admin create --email someone@example.org} invites
 * the installation's first platform administrator and prints the single-use link to set their password. It uses
 * the server's database settings, applies the migrations first, starts neither the API nor the UI, and is refused
 * (exit code 1) once a platform administrator exists.
 */
final class AdminCommand {

    static final int REFUSED = 1;
    static final int USAGE = 2;
    private static final String USE = "Usage: admin create --email someone@example.org";

    private AdminCommand() {}

    static boolean isOne(String[] args) {
        return args.length > 0 && "admin".equals(args[0]);
    }

    static int run(String[] args, String[] environments, Map<String, Object> properties, PrintStream out, PrintStream err) {
        List<String> words = List.of(args);
        String email = null;
        for (int i = 2; i < words.size(); i++) {
            if (words.get(i).equals("--email") && i + 1 < words.size()) {
                email = words.get(++i);
            } else if (words.get(i).startsWith("--email=")) {
                email = words.get(i).substring("--email=".length());
            }
        }
        if (words.size() < 2 || !"create".equals(words.get(1)) || email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            err.println(USE);
            return USAGE;
        }
        Map<String, Object> settings = new HashMap<>(Map.of(
                "ui.enabled", "false",
                "portal.cascade.enabled", "false",
                "portal.hours-bank.enabled", "false",
                "portal.notifications.enabled", "false",
                "portal.webhooks.enabled", "false",
                "portal.metrics.enabled", "false",
                "portal.metrics.gauges.enabled", "false",
                "portal.demo-activity", "false"));
        settings.putAll(properties);
        try (ApplicationContext context = ApplicationContext.builder().environments(environments).properties(settings).start()) {
            String link = context.getBean(FirstPlatformAdmin.class).invite(email);
            out.println("Open this link to set the first platform administrator's password (it works once, and expires after 7 days unless PORTAL_INVITATION_VALID_FOR says otherwise):");
            out.println(link);
            return 0;
        } catch (FirstPlatformAdmin.Refused refused) {
            err.println(refused.getMessage());
            return REFUSED;
        }
    }
}
