package org.entente.platform;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @Transactional} service method again, from the start and in a new transaction, when the database
 * rolled it back as a deadlock victim or a Galera certification conflict (MariaDB error 1213, SQLState 40001).
 * Only for methods whose every effect is in that transaction: never on one that sends mail or calls another system.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnDeadlock {
}
