package uk.homecare.portal.demo;

/** A demo sign-in: every one uses {@link DemoData#DEMO_PASSWORD}. */
public record DemoLogin(String username, String role, String councilCode) {
}
