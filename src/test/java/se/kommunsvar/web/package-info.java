/** Tests of the web pages in a real headless Chromium (Selenium), with axe-core for accessibility. */
package se.kommunsvar.web;
