package vn.pcitracker.dashboard.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that, while {@link #record recording} on the current thread, notes every prepared statement the
 * application executes, with the calls that bound its parameters and the application method that ran it, so that
 * the benchmark can replay exactly the same SQL over bare JDBC (the floor). Outside recording it only delegates.
 */
final class StatementRecorder extends DelegatingDataSource {

    /** One executed statement: its SQL, the setter calls in order, and who ran it (class.method of the application). */
    record Recorded(String sql, List<Binding> bindings, String caller) {

        /** Prepares the same SQL on {@code connection}, binds the same values, runs it and reads every column. */
        long replay(Connection connection) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Binding binding : bindings) {
                    binding.apply(statement);
                }
                long cells = 0;
                if (statement.execute()) {
                    try (ResultSet rows = statement.getResultSet()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int column = 1; column <= columns; column++) {
                                rows.getObject(column);
                                cells++;
                            }
                        }
                    }
                }
                return cells;
            }
        }
    }

    /** A {@code setXxx(index, value...)} call on a prepared statement. */
    record Binding(Method method, Object[] arguments) {

        void apply(PreparedStatement statement) throws SQLException {
            try {
                method.invoke(statement, arguments);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static final ThreadLocal<List<Recorded>> RECORDING = new ThreadLocal<>();

    StatementRecorder(DataSource target) {
        super(target);
    }

    /** Runs {@code work} and returns the statements it executed on this thread, in order. */
    static List<Recorded> record(Runnable work) {
        List<Recorded> recorded = new ArrayList<>();
        RECORDING.set(recorded);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return recorded;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(super.getConnection(username, password));
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    Object result = invoke(target, method, arguments);
                    if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
                            && RECORDING.get() != null) {
                        return preparedStatement(statement, (String) arguments[0]);
                    }
                    return result;
                });
    }

    private static PreparedStatement preparedStatement(PreparedStatement target, String sql) {
        List<Binding> bindings = new ArrayList<>();
        InvocationHandler handler = (proxy, method, arguments) -> {
            String name = method.getName();
            if (name.startsWith("set") && arguments != null && arguments.length >= 2 && arguments[0] instanceof Integer) {
                bindings.add(new Binding(method, arguments.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (name.startsWith("execute") && RECORDING.get() != null) {
                RECORDING.get().add(new Recorded(sql, List.copyOf(bindings), caller()));
            }
            return invoke(target, method, arguments);
        };
        return (PreparedStatement) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    /** The two innermost application frames outside this benchmark package, as Class.method<method. */
    private static String caller() {
        List<StackTraceElement> frames = Arrays.stream(new Throwable().getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("vn.pcitracker.")
                        && !frame.getClassName().startsWith(StatementRecorder.class.getPackageName())
                        && !frame.getClassName().contains("$$"))
                .limit(2).toList();
        if (frames.isEmpty()) {
            return "?";
        }
        String name = frames.getFirst().getClassName();
        String caller = name.substring(name.lastIndexOf('.') + 1) + "." + frames.getFirst().getMethodName();
        return frames.size() < 2 ? caller : caller + "<" + frames.get(1).getMethodName();
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
