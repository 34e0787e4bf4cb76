package org.imrarchive.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.imrarchive.storage.runtime.ClusterAddress;

/** Builds the Elasticsearch Java client for a cluster address: nodes, API key or basic auth, and a CA for TLS. */
final class ClientFactory {

    private ClientFactory() {
    }

    static ElasticsearchClient connect(ClusterAddress address) {
        HttpHost[] hosts = address.nodes().stream()
                .map(uri -> new HttpHost(uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort(), uri.getScheme()))
                .toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config.setConnectTimeout(5_000).setSocketTimeout(60_000));
        address.apiKey().ifPresent(key ->
                builder.setDefaultHeaders(new Header[]{new BasicHeader("Authorization", "ApiKey " + key)}));
        SSLContext ssl = address.caFile().map(ClientFactory::trusting).orElse(null);
        builder.setHttpClientConfigCallback(http -> {
            if (address.apiKey().isEmpty() && address.username().isPresent()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY,
                        new UsernamePasswordCredentials(address.username().get(), address.password().orElse("")));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return http;
        });
        RestClientTransport transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper(StorageJson.mapper()));
        return new ElasticsearchClient(transport);
    }

    private static SSLContext trusting(java.nio.file.Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
            trustStore.load(null, null);
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trustStore.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ES_CA_FILE " + caFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ES_CA_FILE " + caFile + " is not a usable PEM certificate: " + e.getMessage(), e);
        }
    }
}
