package org.entente.web.scope;

import java.lang.reflect.Method;

/** One route the application serves: HTTP method, path template and the resource method that answers it. */
public record Route(String httpMethod, String path, Method method) {

    @Override
    public String toString() {
        return httpMethod + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
    }
}
