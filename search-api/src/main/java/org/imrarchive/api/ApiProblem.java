package org.imrarchive.api;

/**
 * A request the API refuses, with the status and a message meant for the caller. Thrown by handlers
 * and parameter parsing; turned into {@code {"error": message}} with the status by {@link ErrorMapping}.
 */
public final class ApiProblem extends RuntimeException {

    private final int status;

    public ApiProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static ApiProblem badRequest(String message) {
        return new ApiProblem(400, message);
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(404, message);
    }

    public static ApiProblem tooLarge(String message) {
        return new ApiProblem(413, message);
    }

    public int status() {
        return status;
    }
}
