/** A built-in directory of Sweden's 290 municipalities and 21 regions: names, domains, and how people mention them. */
package se.kommunsvar.municipality;
