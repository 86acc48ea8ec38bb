package org.custos.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connection factory behind the application's pool. It picks the JDBC driver from the URL,
 * so an admin only sets {@code CUSTOS_DB_URL} (H2 or MariaDB) and never a driver class name.
 */
public class CustosDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties props = new Properties();
        if (username != null && !username.isBlank()) {
            props.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            props.setProperty("password", pass);
        }
        Connection connection = driverFor(url).connect(url, props);
        if (connection == null) {
            throw new SQLException("No driver accepts the configured database URL " + DatabaseKind.describe(url));
        }
        return connection;
    }

    static Driver driverFor(String url) throws SQLException {
        switch (DatabaseKind.of(url)) {
            case H2:
                return new org.h2.Driver();
            case MARIADB:
                return new org.mariadb.jdbc.Driver();
            default:
                throw new SQLException("Unsupported database URL " + DatabaseKind.describe(url)
                        + " (use jdbc:h2:… or jdbc:mariadb:…)");
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
