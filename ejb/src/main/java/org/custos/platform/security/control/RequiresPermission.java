package org.custos.platform.security.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission ({@code feature:action}) a boundary method requires. Checked by
 * {@link PermissionInterceptor} against the caller's Shiro subject before the method runs.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** The permission; the special value {@link #AUTHENTICATED} only requires a logged-in user. */
    @Nonbinding
    String value() default AUTHENTICATED;

    String AUTHENTICATED = "";
}
