/** The HTTP API and the web pages, on Javalin; built by {@link se.kommunsvar.http.HttpApp#create}. */
package se.kommunsvar.http;
