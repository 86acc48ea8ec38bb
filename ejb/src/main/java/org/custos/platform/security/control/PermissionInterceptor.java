package org.custos.platform.security.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.apache.shiro.subject.Subject;
import org.custos.platform.error.NotPermittedException;

/** Refuses a boundary call unless the current subject holds the required permission; logs refusals. */
@Interceptor
@RequiresPermission
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class PermissionInterceptor {

    private static final Logger LOG = Logger.getLogger(PermissionInterceptor.class.getName());

    @AroundInvoke
    public Object check(InvocationContext ctx) throws Exception {
        String permission = required(ctx.getMethod());
        Subject subject = CurrentActor.subject();
        boolean loggedIn = subject != null && subject.getPrincipal() != null && subject.isAuthenticated();
        boolean allowed = loggedIn
                && (RequiresPermission.AUTHENTICATED.equals(permission) || subject.isPermitted(permission));
        if (!allowed) {
            String who = subject == null || subject.getPrincipal() == null ? "anonymous" : subject.getPrincipal().toString();
            LOG.warning(() -> "Refused " + ctx.getMethod().getDeclaringClass().getSimpleName() + "."
                    + ctx.getMethod().getName() + " for " + who + ": requires "
                    + (permission.isEmpty() ? "login" : permission));
            throw new NotPermittedException(permission.isEmpty() ? "login" : permission);
        }
        return ctx.proceed();
    }

    static String required(Method method) {
        RequiresPermission onMethod = method.getAnnotation(RequiresPermission.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresPermission onType = method.getDeclaringClass().getAnnotation(RequiresPermission.class);
        return onType == null ? RequiresPermission.AUTHENTICATED : onType.value();
    }
}
