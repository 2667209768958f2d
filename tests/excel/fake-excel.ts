/** The adapter specs' Excel: the calculating test host (tests/excel/host). */
export { FakeExcel, officeError, type HostOptions, type Platform } from './host/excel-host';
