package org.diplograph.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;

/**
 * The job's Hadoop configuration, for the executors to read the inputs with: what the driver's
 * file systems were set up with (core-site.xml, and the {@code spark.hadoop.*} settings given to
 * spark-submit, such as an S3 endpoint and its credentials). An executor JVM that made its own
 * {@code new Configuration()} would have the site files but none of the job's settings. Sent
 * once per executor as a broadcast; Hadoop's configuration is not {@link Serializable}, so it
 * travels as Hadoop writes it ({@link Configuration#write}).
 */
final class HadoopSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Configuration configuration;

    HadoopSettings(Configuration configuration) {
        this.configuration = new Configuration(configuration);
    }

    /** A copy, for one task to use: a {@link Configuration} is not meant to be shared by threads that may set it. */
    Configuration configuration() {
        return new Configuration(configuration);
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        configuration.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        configuration = new Configuration(false);
        configuration.readFields(in);
    }
}
