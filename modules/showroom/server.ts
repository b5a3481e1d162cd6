import 'server-only';
// Server entry of the showroom module: the tablet's customer file, continuing a configuration
// for the customer, and the kiosk's calls for a salesperson.
export { customerFile, saveToCustomerGarage, type CustomerFile } from './server/customer-file';
export { kioskDealership, openCalls, raiseCall, recordKioskConfigure, takeCall } from './server/calls';
export { carUrl, floorCar, floorCars, floorLabelsPdf, type FloorCar } from './server/cars';
export { driverPrefill, holdableCars, holdForCustomer, startOrderForCustomer } from './server/for-customer';
