package org.catura.shipping.internal.transmission;

import java.nio.file.Path;
import java.util.List;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/** A real FTP server on localhost (Apache FtpServer), as org.catura.transfer's tests start one. */
final class FtpTestServer implements AutoCloseable {

    static final String USER = "carrier";
    static final String PASSWORD = "Ftp-Pa55word!";

    private final FtpServer server;
    private final int port;

    FtpTestServer(Path root) throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("127.0.0.1");
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager userManager = users.createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.of(new WritePermission()));
        userManager.save(user);
        factory.setUserManager(userManager);
        server = factory.createServer();
        server.start();
        port = factory.getListener("default").getPort();
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
    }
}
